"""The `#|` directives of a notebook cell, read by nbdev's own parser (shared by the tools in this folder)."""
from nbdev.process import extract_directives, first_code_ln

def split_directives(cell):
    "`(directives, code)`: the cell's directives as nbdev reads them (`{'hide': [], 'echo:': ['false'], ...}`), and its source without the directive lines."
    d = extract_directives(cell, remove=False) if cell.get('cell_type')=='code' else {}
    lines = cell.source.splitlines(True)
    return d, ''.join(lines[first_code_ln(lines):]) if d else cell.source
