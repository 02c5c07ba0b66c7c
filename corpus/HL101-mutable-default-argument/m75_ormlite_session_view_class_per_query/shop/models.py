"""The shop's models: importing this module registers them with ormlite."""
from ormlite import Field, Model


class Team(Model):
    id = Field()
    name = Field("")


class User(Model):
    id = Field()
    email = Field()
    team_id = Field()
    bio = Field("")
