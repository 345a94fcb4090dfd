"""The waiting hall: queue numbers called on the hall display."""
