from .repository import User, UserRepository


class SignupService:
    def __init__(self):
        self.users = UserRepository()

    def register(self, email, name):
        user = User(email.strip().lower(), name)
        self.users.save(user)
        return user
