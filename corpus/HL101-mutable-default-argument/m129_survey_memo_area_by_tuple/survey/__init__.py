"""survey: land plots read from the field log, with their areas."""
