"""settings: the options the billing service accepts."""
from confschema import *

SCHEMA = {
    "host": field(str, required=True, meta={"env": "BILLING_HOST"}),
    "port": field(int, meta={"help": "listen port"}),
    "log_level": field(str, choices=("debug", "info", "warning")),
}
