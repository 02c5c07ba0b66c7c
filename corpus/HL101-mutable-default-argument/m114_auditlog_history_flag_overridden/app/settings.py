"""Startup settings: audit history is switched on for every recorder, on the base class."""
import auditlog

auditlog.Recorder.keep_history = True
