"""Reception's forms, one module per sub-domain."""
