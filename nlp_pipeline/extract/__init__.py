"""Stage 5: extractors over the normalised text — dates (officials, units, lists: issues 5-6)."""
