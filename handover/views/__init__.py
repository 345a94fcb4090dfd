"""Handover's pages, one module per sub-domain."""
