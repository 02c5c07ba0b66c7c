"""Pipeline steps; each module defines one Step class."""
