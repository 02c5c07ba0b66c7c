"""cms: pages rendered through pluggable head/body hooks."""
