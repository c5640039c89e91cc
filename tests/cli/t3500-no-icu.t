# ICU is opened only by what needs it (src/lib/icu.h): linking it costs
# each process about 3 ms, most of a single-record write.  Reading,
# checking and writing Vietnamese text use ocop's own tables; sorting by
# name (collation) opens ICU.  LD_DEBUG=files is glibc's list of the
# libraries a process opens, on standard error.

$ ocop init d 2>/dev/null
$ ocop -C d producer add "Hợp tác xã Chè Tịnh Phong" --kind cooperative
> hop-tac-xa-che-tinh-phong
$ LD_DEBUG=files ocop -C d producer set hop-tac-xa-che-tinh-phong address="Thôn Đông, xã Sơn Tịnh" 2>&1 | grep -c 'file=libicu'
> 0
? 1
$ LD_DEBUG=files ocop -C d product add "Chè xanh Tịnh Phong" --producer hop-tac-xa-che-tinh-phong --category drink 2>&1 | grep -c 'file=libicu'
> 0
? 1
$ LD_DEBUG=files ocop -C d check 2>&1 | grep -c 'file=libicu'
> 0
? 1

# A list is sorted by name in Vietnamese order: ICU's collation, its two
# libraries opened once.
$ LD_DEBUG=files ocop -C d producer list 2>&1 | grep -c 'file=libicu.*dynamically loaded'
> 2

# libxlsxwriter and libzip bring minizip and libcrypto, which made every
# process start in 18 ms instead of 1.4: they are opened only for a
# workbook (src/lib/xlsxdl.h, zipdl.h).
$ LD_DEBUG=files ocop -C d producer set hop-tac-xa-che-tinh-phong phone=0255123456 2>&1 | grep -c -e 'file=libxlsxwriter' -e 'file=libzip' -e 'file=libcrypto'
> 0
? 1
$ LD_DEBUG=files ocop -C d producer list -o p.xlsx 2>&1 | grep -c 'file=libxlsxwriter.*dynamically loaded'
> 1
