"""The parking lot: ideas kept aside because they belong to no strategic question."""
