from .models import Task
