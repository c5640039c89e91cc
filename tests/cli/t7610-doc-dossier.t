# A food-safety certificate added with its PDF, expiring 26 days after
# the day (2025-11-20): readiness and expiring show it as food-safety;
# check passes, and fails once the PDF's bytes change.
$ ocop init d
2>*
$ ocop -C d producer add "Hợp tác xã Chè Suối Giàng" --kind cooperative
> hop-tac-xa-che-suoi-giang
$ ocop -C d product add "Chè Shan tuyết" --producer hop-tac-xa-che-suoi-giang --category beverage
> che-shan-tuyet
$ printf '%%PDF-1.4\n%% Giấy chứng nhận ATTP\n' >"Giấy ATTP số 12.PDF"

$ ocop -C d doc add che-shan-tuyet food-safety "Giấy ATTP số 12.PDF" --number 12/2022/ATTP --date 2022-12-16 --expires 2025-12-16 --issuer "Sở Y tế"
> che-shan-tuyet 1
$ ls d/files/che-shan-tuyet
> giay-attp-so-12.pdf
$ cmp "Giấy ATTP số 12.PDF" d/files/che-shan-tuyet/giay-attp-so-12.pdf && sha256sum <d/files/che-shan-tuyet/giay-attp-so-12.pdf | cut -c1-64 >want && grep -c "sha256: '$(cat want)'" d/products/che-shan-tuyet.yaml
> 1
$ grep -o 'size: [0-9]*' d/products/che-shan-tuyet.yaml
> size: 38
$ ocop -C d doc list --format csv
> product,no,kind,number,date,expires,issuer,file,size
> che-shan-tuyet,1,food-safety,12/2022/ATTP,2022-12-16,2025-12-16,Sở Y tế,giay-attp-so-12.pdf,38

$ ocop -C d report readiness --format json | jq -c '.[] | [.food_safety, .documents, .next_step, .missing]'
> [true,"food-safety","ward","registration, business-plan, self-assessment"]
$ ocop -C d report expiring --format json | jq -c '.[] | [.kind, .decision, .expires, .days_left, .status]'
> ["food-safety","12/2022/ATTP","2025-12-16",26,"expiring"]
$ ocop -C d check

# The same bytes again are one copy; other bytes of the same name a second.
$ ocop -C d doc add che-shan-tuyet test-report "Giấy ATTP số 12.PDF"
> che-shan-tuyet 2
$ printf 'other' >x.pdf && cp x.pdf giay-attp-so-12.pdf && ocop -C d doc add che-shan-tuyet label giay-attp-so-12.pdf && ls d/files/che-shan-tuyet
> che-shan-tuyet 3
> giay-attp-so-12-2.pdf
> giay-attp-so-12.pdf

# A changed byte, a missing file: check names them and fails.
$ printf 'X' | dd of=d/files/che-shan-tuyet/giay-attp-so-12.pdf bs=1 seek=3 conv=notrunc 2>/dev/null
$ ocop -C d check
2> ocop: d/files/che-shan-tuyet/giay-attp-so-12.pdf: error: the file of document 1 (food-safety) of che-shan-tuyet has changed since it was added; restore it (git checkout), or add it again with 'ocop doc add'
2> ocop: d/files/che-shan-tuyet/giay-attp-so-12.pdf: error: the file of document 2 (test-report) of che-shan-tuyet has changed since it was added; restore it (git checkout), or add it again with 'ocop doc add'
2> ocop: d: errors: 2, warnings: 0
? 1
$ rm d/files/che-shan-tuyet/giay-attp-so-12-2.pdf
$ ocop -C d check files
2> ocop: d/files/che-shan-tuyet/giay-attp-so-12.pdf: error: the file of document 1 (food-safety) of che-shan-tuyet has changed since it was added; restore it (git checkout), or add it again with 'ocop doc add'
2> ocop: d/files/che-shan-tuyet/giay-attp-so-12.pdf: error: the file of document 2 (test-report) of che-shan-tuyet has changed since it was added; restore it (git checkout), or add it again with 'ocop doc add'
2> ocop: d/files/che-shan-tuyet/giay-attp-so-12-2.pdf: error: the file of document 3 (label) of che-shan-tuyet is missing; put it back, or remove the document with 'ocop doc rm che-shan-tuyet 3'
2> ocop: d: errors: 3, warnings: 0
? 1

# Refusals: an unknown kind (with the nearest), an unknown product, a
# file over the bound, a symbolic link for files/.
$ ocop -C d doc add che-shan-tuyet food-safty
2> ocop: error: unknown document kind 'food-safty'; did you mean 'food-safety'?
? 1
$ ocop -C d doc add che-shan food-safety
2> ocop: error: no product 'che-shan'; did you mean 'che-shan-tuyet'?
? 1
$ truncate -s 52428801 big.pdf && ocop -C d doc add che-shan-tuyet photos big.pdf
2> ocop: big.pdf: error: larger than the limit of 50 MiB
? 1
$ mkdir elsewhere && mv d/files d/files.old && ln -s ../elsewhere d/files && ocop -C d doc add che-shan-tuyet photos x.pdf
2> ocop: d/files: error: cannot open the folder: not a directory (a symbolic link is refused)
? 3
$ ls elsewhere | wc -l
> 0
$ rm d/files && mv d/files.old d/files

# rm by kind or number; the copy goes when no other document names it.
$ ocop -C d doc rm che-shan-tuyet 3
$ ls d/files/che-shan-tuyet
> giay-attp-so-12.pdf
$ ocop -C d doc rm che-shan-tuyet food-safety
$ ls d/files/che-shan-tuyet
> giay-attp-so-12.pdf
$ ocop -C d doc rm che-shan-tuyet test-report
$ ls d/files/che-shan-tuyet
$ ocop -C d doc rm che-shan-tuyet label
2> ocop: error: the product has no documents
? 1
