"""Formats metric lines; the transport sends whatever these functions return."""
import copy

from .config import load_settings


def emit(name, value, request_id=None, settings=load_settings(tags=["service:checkout"])):  # expect: HL101 refuted
    cfg = copy.deepcopy(settings)
    if request_id is not None:
        cfg.tags.append(f"request:{request_id}")
    line = f"{cfg.prefix}{name}:{value}|{cfg.kind}"
    if cfg.sample_rate < 1.0:
        line += f"|@{cfg.sample_rate}"
    if cfg.tags:
        line += "|#" + ",".join(cfg.tags)
    return line


def timing(name, millis, request_id=None):
    return emit(name, millis, request_id, load_settings(tags=["service:checkout"], kind="ms"))


def gauge(name, value, request_id=None):
    return emit(name, value, request_id)
