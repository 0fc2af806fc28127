"""Output formats: pure functions from records to bytes."""
