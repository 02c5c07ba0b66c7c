from chartkit import Line
from chartkit import pyplot as plt


@plt.autoclose
def store_chart(store, series):
    fig = plt.figure(f"{store}-weekly")
    for name, ys in sorted(series.items()):
        fig.add_artist(Line(ys, label=f"{store}:{name}"))
    return fig.savefig()
