# File names reach the terminal inert: a name with ESC in a diagnostic's
# location, or in an error about -o FILE, is printed escaped, never raw.

$ ocop init d 2>/dev/null && printf 'id: x\n' >"d/products/a$(printf '\033')b.yaml" && ocop -C d check 2>&1 | grep -c "$(printf '\033')"
> 0
? 1

$ ocop -C d check 2>&1 | head -1 | cut -d: -f1-2
> ocop: d/products/a\x1bb.yaml

$ ocop -C d producer list -o "$(printf 'x\033]0;t\007')/z"
2> ocop: error: cannot write 'x\x1b]0;t\x07/z': No such file or directory
? 3
