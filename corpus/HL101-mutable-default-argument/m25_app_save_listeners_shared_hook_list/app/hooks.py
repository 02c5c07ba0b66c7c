"""Hook lists shared by the storage and audit modules."""
ON_SAVE = []
