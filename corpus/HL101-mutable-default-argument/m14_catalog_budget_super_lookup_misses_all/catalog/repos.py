from .base import Repository


class BudgetedRepository(Repository):
    """Answers from the remote service while the budget lasts, then from local rows."""

    def __init__(self, rows, budget):
        super().__init__(rows)
        self.budget = budget

    def lookup(self, key):
        if self.budget > 0:
            self.budget -= 1
            return f"remote:{key}"
        return super().lookup(key)
