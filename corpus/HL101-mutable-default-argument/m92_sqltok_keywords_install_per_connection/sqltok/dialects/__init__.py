"""SQL dialects: each connection installs its dialect's keywords into the lexer."""
