"""SQL dialects: importing one registers its extra keywords with the lexer."""
