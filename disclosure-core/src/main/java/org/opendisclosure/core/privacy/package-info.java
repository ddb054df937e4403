/**
 * The privacy and confidentiality gate (保密审查): detectors for personal data and
 * classification markings, and masking before publication.
 *
 * <pre>{@code
 * List<Finding> findings = PrivacyScanner.standard().scan(text);   // masked excerpts only
 * String safe = Masker.standard().mask(text, MaskingPolicy.standard());
 * }</pre>
 *
 * <p>Every public type here is immutable and thread-safe.
 *
 * <h2>What is found, and how severe it is</h2>
 *
 * <table>
 *   <caption>Detectors</caption>
 *   <tr><th>type</th><th>matches</th><th>severity</th></tr>
 *   <tr><td>{@code ID_NUMBER}</td><td>18 characters, region 1–8, real birth date 1870..today,
 *       valid check (x or X)</td><td>BLOCKING</td></tr>
 *   <tr><td>{@code ID_NUMBER}</td><td>the same with a wrong check character (a mistyped
 *       ID)</td><td>WARNING</td></tr>
 *   <tr><td>{@code ID_NUMBER_15}</td><td>15 digits, region 1–8, real {@code yymmdd} date in the
 *       1900s</td><td>BLOCKING</td></tr>
 *   <tr><td>{@code MOBILE}</td><td>{@code 1[3-9]} + 9 digits, as 11 digits, 3-4-4 with spaces or
 *       hyphens, with {@code 86}/{@code +86}</td><td>BLOCKING</td></tr>
 *   <tr><td>{@code BANK_CARD}</td><td>16–19 digits passing Luhn, plain or in groups of
 *       four</td><td>BLOCKING</td></tr>
 *   <tr><td>{@code SECRECY_MARKER}</td><td>see below</td><td>BLOCKING, or WARNING for a
 *       quoted list of levels</td></tr>
 * </table>
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li><b>Birth years from 1870.</b> GB 11643's example {@code 440524188001010014} is born in
 *       1880; 1900 would miss it. A birth date after today (in Asia/Shanghai, from the injected
 *       clock) is not plausible.
 *   <li><b>Whole runs only.</b> A number is a candidate only as a whole run of letters and
 *       digits, so nothing fires inside a credit code, an index number ({@code
 *       11350100MB0123456X/2024-00012}), a 文号, a date ({@code 20240315}), a longer figure or a
 *       word with letters ({@code No11010519491231002X}). A run joined by a decimal point is part
 *       of an amount ({@code 13812345678.50元}) and is skipped. Hyphens, slashes and spaces end a
 *       run, so {@code 0591-87654321} is two short runs; one space or one hyphen joins runs into
 *       a group only for the layouts 3-4-4, 6-8-4, 6-4-4-4 and fours ending in 1–4 digits. Tabs
 *       never join runs, so table columns stay apart. Full-width digits count as digits.
 *   <li><b>Credit codes are not personal data.</b> A valid 统一社会信用代码 is not flagged. About
 *       one ID number in 31 also passes the GB 32100 check, so skipping every such string would
 *       let real IDs through; a string that is a valid ID <em>and</em> a valid credit code is
 *       therefore still reported: as a WARNING when it also has an issued code's structure
 *       (region code starting 1–8 in positions 3–8 and a GB 11714 organisation-code check digit
 *       in position 17, which real codes carry), and as BLOCKING otherwise. A credit code that is
 *       not a valid ID is never reported, not even as a WARNING or a bank card.
 *   <li><b>Overlapping readings.</b> An 18-digit valid ID is an ID, not a card. A plausible
 *       ID with a wrong check character that passes Luhn is reported as a BLOCKING card rather
 *       than a WARNING ID: the stronger finding wins.
 *   <li><b>Secrecy markers.</b> {@code 绝密} and {@code 机密} anywhere are BLOCKING (so also in
 *       {@code 商业机密}), except in a list of levels as the law writes it ({@code 绝密、机密、秘密三级},
 *       {@code 机密级和秘密级}), which is a WARNING: quoting 保守国家秘密法 is not marking a
 *       document. {@code 秘密} blocks only as a marking: beside {@code ★} ({@code 秘密★1年},
 *       {@code ★秘密}) or at the start of a line followed by a blank, {@code ★}, a digit or the
 *       line end; {@code 保守国家秘密}, {@code 商业秘密}, {@code 秘密写票} are prose. {@code ★}
 *       followed by a secrecy period ({@code ★10年}, {@code ★长期}) blocks on its own; rating
 *       stars do not. {@code 内部资料} and {@code 工作秘密} block anywhere.
 *   <li><b>Masking.</b> Characters are replaced one for one by {@code *} and separators are
 *       kept, so offsets and table layout hold and masking masked text changes nothing. IDs with
 *       a wrong check character are masked too. Classification markings are never masked: they
 *       stop publication instead. {@code null} text gives {@code null}; no method throws on any
 *       string.
 *   <li><b>Names</b> ({@link Masker#maskName(String)}): the first character of a 2–3 character
 *       name (张三 → 张*), the first two of a 4+ character name (欧阳小明 → 欧阳**), nothing of a
 *       single character. Names are not searched for in free text.
 *   <li><b>Addresses</b> ({@link Masker#truncateAddressToTownship(String)}): cut after the first
 *       镇/乡/街道 that ends a township name (not 镇江市, 湘乡市, 城镇, 乡村); without one, cut
 *       coarser (县/区/旗, then 市, then 省), else empty. In free text, with {@link
 *       MaskingPolicy#addressesBelowTownship()}, a detail after a township marker that names a
 *       village or street and then a numbered unit (3组12号, 2栋1单元501室) becomes {@code ***};
 *       a village named alone stays, since 低保 lists publish the village. Land-acquisition
 *       notices must publish the villager group, so {@link MaskingPolicy#landAcquisition()}
 *       keeps addresses.
 * </ul>
 */
package org.opendisclosure.core.privacy;
