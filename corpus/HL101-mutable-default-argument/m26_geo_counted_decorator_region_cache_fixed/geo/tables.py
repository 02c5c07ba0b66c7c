"""Base rates per region, in euros per kilogram."""
BASE_RATES = {"EU": 4.2, "UK": 6.9, "US": 11.5, "APAC": 14.8}
VAT = 1.19
