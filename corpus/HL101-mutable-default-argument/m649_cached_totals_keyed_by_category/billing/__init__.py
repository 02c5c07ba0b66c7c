"""billing: report base class and concrete reports."""
