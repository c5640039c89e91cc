/*
 * import-area.c — the province a register's address names, for the
 * other-province warning and --only-area (see import-int.h).
 *
 * Since 1 July 2025 the country has 34 provinces and cities (Nghị quyết
 * 202/2025/QH15); registers and old addresses still name the 63 before
 * it.  Each name, old or new, is kept as its match key (cell_key: folded,
 * no accents) with the province it belongs to now, so that "Kon Tum" is
 * in Quảng Ngãi and "Bình Thuận" in Lâm Đồng.
 */
#include <stdlib.h>
#include <string.h>

#include "import-int.h"
#include "ocop/rules-cells.h"
#include "ocop/util.h"

static const struct {
	const char *key;	/* cell_key of a name, old or new */
	const char *now;	/* the province it is in now, as written */
} provinces[] = {
	/* the 11 that stayed as they were */
	{ "ha noi", "Hà Nội" },
	{ "hue", "Huế" }, { "thua thien hue", "Huế" },
	{ "lai chau", "Lai Châu" },
	{ "dien bien", "Điện Biên" },
	{ "son la", "Sơn La" },
	{ "lang son", "Lạng Sơn" },
	{ "quang ninh", "Quảng Ninh" },
	{ "thanh hoa", "Thanh Hóa" },
	{ "nghe an", "Nghệ An" },
	{ "ha tinh", "Hà Tĩnh" },
	{ "cao bang", "Cao Bằng" },
	/* the 23 made of two or three */
	{ "tuyen quang", "Tuyên Quang" }, { "ha giang", "Tuyên Quang" },
	{ "lao cai", "Lào Cai" }, { "yen bai", "Lào Cai" },
	{ "thai nguyen", "Thái Nguyên" }, { "bac kan", "Thái Nguyên" },
	{ "bac can", "Thái Nguyên" },
	{ "phu tho", "Phú Thọ" }, { "vinh phuc", "Phú Thọ" },
	{ "hoa binh", "Phú Thọ" },
	{ "bac ninh", "Bắc Ninh" }, { "bac giang", "Bắc Ninh" },
	{ "hung yen", "Hưng Yên" }, { "thai binh", "Hưng Yên" },
	{ "hai phong", "Hải Phòng" }, { "hai duong", "Hải Phòng" },
	{ "ninh binh", "Ninh Bình" }, { "ha nam", "Ninh Bình" },
	{ "nam dinh", "Ninh Bình" },
	{ "quang tri", "Quảng Trị" }, { "quang binh", "Quảng Trị" },
	{ "da nang", "Đà Nẵng" }, { "quang nam", "Đà Nẵng" },
	{ "quang ngai", "Quảng Ngãi" }, { "kon tum", "Quảng Ngãi" },
	{ "kontum", "Quảng Ngãi" },
	{ "gia lai", "Gia Lai" }, { "binh dinh", "Gia Lai" },
	{ "khanh hoa", "Khánh Hòa" }, { "ninh thuan", "Khánh Hòa" },
	{ "lam dong", "Lâm Đồng" }, { "dak nong", "Lâm Đồng" },
	{ "dac nong", "Lâm Đồng" }, { "binh thuan", "Lâm Đồng" },
	{ "dak lak", "Đắk Lắk" }, { "dac lac", "Đắk Lắk" },
	{ "dak lac", "Đắk Lắk" }, { "phu yen", "Đắk Lắk" },
	{ "ho chi minh", "Hồ Chí Minh" }, { "hcm", "Hồ Chí Minh" },
	{ "tphcm", "Hồ Chí Minh" }, { "sai gon", "Hồ Chí Minh" },
	{ "binh duong", "Hồ Chí Minh" }, { "ba ria vung tau", "Hồ Chí Minh" },
	{ "dong nai", "Đồng Nai" }, { "binh phuoc", "Đồng Nai" },
	{ "tay ninh", "Tây Ninh" }, { "long an", "Tây Ninh" },
	{ "can tho", "Cần Thơ" }, { "soc trang", "Cần Thơ" },
	{ "hau giang", "Cần Thơ" },
	{ "vinh long", "Vĩnh Long" }, { "ben tre", "Vĩnh Long" },
	{ "tra vinh", "Vĩnh Long" },
	{ "dong thap", "Đồng Tháp" }, { "tien giang", "Đồng Tháp" },
	{ "ca mau", "Cà Mau" }, { "bac lieu", "Cà Mau" },
	{ "an giang", "An Giang" }, { "kien giang", "An Giang" },
};

/* The words before a province's name: "tỉnh", "thành phố", "TP.". */
static const char *const prefixes[] = { "tinh ", "thanh pho ", "tp ", "t p " };

/* The province now of a part of an address, as a key; NULL when it names none. */
static const char *province_of_key(const char *key)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(prefixes); i++)
		if (!strncmp(key, prefixes[i], strlen(prefixes[i]))) {
			key += strlen(prefixes[i]);
			break;
		}
	/* The first letter settles most names without a call. */
	for (i = 0; i < ARRAY_SIZE(provinces); i++)
		if (key[0] == provinces[i].key[0] && !strcmp(key, provinces[i].key))
			return provinces[i].now;
	return NULL;
}

const char *import_province_now(const char *name)
{
	char *key = cell_key(name);
	const char *now = province_of_key(key);

	free(key);
	return now;
}

/*
 * The province an address names: the last of its comma-separated parts
 * that is a province's name (after "tỉnh", "thành phố" or "TP."), as it
 * is called now.  A ward's name is not taken for one ("xã Hòa Bình" is a
 * part that starts with "xã").  NULL when no part names a province.
 */
const char *import_address_province(const char *address)
{
	char *copy = xstrdup(address), *part;
	const char *now = NULL;

	while (!now && *copy) {
		char *key;

		part = strrchr(copy, ',');
		key = cell_key(part ? part + 1 : copy);
		now = province_of_key(key);
		free(key);
		if (!part)
			break;
		*part = '\0';
	}
	free(copy);
	return now;
}
