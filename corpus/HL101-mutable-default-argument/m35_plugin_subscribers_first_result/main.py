import itertools

from pluginhost import PluginHost

_ids = itertools.count()
host = PluginHost("shop")


def scenario():
    n = next(_ids)
    topic = "Order.%d.%s" % (n, ("created", "paid", "shipped")[n % 3])
    return host.publish(topic, {"actor": "u%d" % (n % 5), "amount": n * 3})
