"""Payslip generation."""
