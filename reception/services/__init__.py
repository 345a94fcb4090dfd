"""Reception's write paths, one module per sub-domain."""
