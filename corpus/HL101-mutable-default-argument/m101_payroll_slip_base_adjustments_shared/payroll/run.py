from dataclasses import dataclass

from .hourly import HourlySlip


@dataclass(frozen=True)
class Employee:
    ident: str
    rate: float


def run_period(ident, rate, period, hours):
    slip = HourlySlip(Employee(ident, rate), period, hours)
    slip.add_overtime()
    slip.adjust(f"pension {ident}", round(-0.05 * slip.base_pay(), 2))
    return round(slip.gross(), 2)
