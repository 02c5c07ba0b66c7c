"""Factories for the chart kinds the dashboards use."""
from .figure import Figure


def line_chart(width=640, height=320):
    return Figure("line", width, height)


def bar_chart(width=640, height=320):
    return Figure("bar", width, height)
