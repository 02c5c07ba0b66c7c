from tinyweb import App

app = App("blog")
