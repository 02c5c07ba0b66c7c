from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .run import Employee


class Slip:
    """One employee's pay for one period, plus (label, amount) adjustments."""

    def __init__(self, employee: "Employee", period, adjustments=[]):  # expect: HL101 refuted
        self.employee = employee
        self.period = period
        self.adjustments = list(adjustments)

    def adjust(self, label, amount):
        self.adjustments.append((label, amount))

    def base_pay(self):
        raise NotImplementedError

    def gross(self):
        return self.base_pay() + sum(amount for _, amount in self.adjustments)
