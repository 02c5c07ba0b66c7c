"""The sheets bundled with vizlib, registered when the package is imported."""
from .core import register

register("classic", **{"axes.facecolor": "#f0f0f0", "font.size": 11})
register("dark", **{"axes.facecolor": "#222222", "axes.edgecolor": "#dddddd"})
register("print", **{"lines.linewidth": 0.8, "font.size": 8})
