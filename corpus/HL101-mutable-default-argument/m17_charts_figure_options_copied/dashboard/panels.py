"""Dashboard panels: one chart per store, rendered on demand."""
from charts import line_chart


def sales_panel(store, daily_totals):
    fig = line_chart(width=480)
    opts = {**fig.options, f"series:{store}": list(daily_totals)}
    return fig.to_svg(opts)
