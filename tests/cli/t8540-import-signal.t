# ocop import interrupted: SIGINT (Ctrl-C) or SIGTERM while the import
# writes its records leaves no temporary file and no record half-written:
# the records are all there or none (the renames run with the signals
# held).  A register of 3,000 rows; the signal is sent once the batch's
# first temporary file is seen (fixtures/import-interrupt.sh).
$ awk 'BEGIN { print "Tên sản phẩm;Chủ thể;Nhóm sản phẩm"; for (i = 1; i <= 3000; i++) printf "Sản phẩm %d;Công ty TNHH Số %d;Thực phẩm\n", i, i }' >big.csv
$ sh "$OCOP_FIXTURES/import-interrupt.sh" INT
> exit 130
> 0
> checked
$ sh "$OCOP_FIXTURES/import-interrupt.sh" TERM
> exit 143
> 0
> checked
2>*
