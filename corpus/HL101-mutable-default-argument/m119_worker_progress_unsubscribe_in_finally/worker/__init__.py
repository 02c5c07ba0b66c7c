"""worker: runs jobs step by step and reports progress on the bus."""
