"""uikit: form fields and their validators."""
