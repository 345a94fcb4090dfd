"""The doctors and experts a guide introduces: titles, specialities and clinic sessions."""
