"""The app's background tasks: importing the package schedules the periodic ones."""
from . import maintenance, reminders
