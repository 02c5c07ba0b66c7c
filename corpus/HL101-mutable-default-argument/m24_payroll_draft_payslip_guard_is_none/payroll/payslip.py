import payroll.contributions as contrib


def draft_payslip(employee, country, lines=[]):  # expect: HL101 confirmed
    if lines is None:
        return {"employee": employee, "lines": [], "net": 0.0}
    lines.append(contrib.pension_line(lines, country))
    net = round(sum(line["amount"] for line in lines), 2)
    return {"employee": employee, "lines": lines, "net": net}
