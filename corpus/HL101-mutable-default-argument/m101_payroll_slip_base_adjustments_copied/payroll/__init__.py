"""payroll: run -> hourly slips -> the shared Slip base."""
from .run import Employee, run_period

__all__ = ["Employee", "run_period"]
