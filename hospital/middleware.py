from django.conf import settings
from django.http import HttpRequest
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


def chosen_language(request: HttpRequest) -> str:
    """Return the language of this request: the one chosen in the switcher, else the default."""
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) or ""
    if not translation.check_for_language(language):
        language = settings.LANGUAGE_CODE
    return translation.get_supported_language_variant(language)


class FrontDeskLocaleMiddleware(LocaleMiddleware):
    """Speak the language chosen in the app's switcher, else Simplified Chinese.

    The browser's Accept-Language is ignored on purpose: shared tablets often come configured in
    English, and a guide should not have to hunt for the switcher before her first walk-in.
    """

    def process_request(self, request: HttpRequest) -> None:
        translation.activate(chosen_language(request))
        request.LANGUAGE_CODE = translation.get_language()
