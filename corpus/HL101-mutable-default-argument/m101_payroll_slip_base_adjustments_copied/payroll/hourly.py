from .base import Slip


class HourlySlip(Slip):
    OVERTIME_AFTER = 40

    def __init__(self, employee, period, hours):
        super().__init__(employee, period)
        self.hours = hours

    def base_pay(self):
        return min(self.hours, self.OVERTIME_AFTER) * self.employee.rate

    def add_overtime(self):
        extra = self.hours - self.OVERTIME_AFTER
        if extra > 0:
            self.adjust(f"overtime {self.period}", extra * self.employee.rate * 1.5)
