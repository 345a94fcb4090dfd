"""Aftercare pages, one module per sub-domain."""
