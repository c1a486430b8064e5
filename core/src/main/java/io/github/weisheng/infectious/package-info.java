/**
 * Infectious-disease case reports and their home follow-ups (传染病及突发公共卫生事件报告和处理, one of the
 * twelve service categories of 国家基本公共卫生服务规范（第三版）, 2017): the notifiable diseases and
 * their classes (甲/乙/丙类) with the report time limits as a table ({@link
 * io.github.weisheng.infectious.NotifiableDiseases}), the case report card on a resident's archive
 * (传染病报告卡, {@link io.github.weisheng.infectious.CaseReport}), the home follow-ups of a case (上门随访,
 * {@link io.github.weisheng.infectious.HomeFollowUp}) and lifting its isolation (解除隔离), and the use
 * cases over the record store ({@link io.github.weisheng.infectious.InfectiousDiseaseService}).
 *
 * <p>Sources, with their tags (see {@code ../shared/domain/README.md}): the report time limits of
 * 《传染病信息报告管理规范》 — 2 hours for class A and the class B diseases managed as class A, 24 hours
 * for the other class B and class C diseases — [C] https://m.beiweimall.com/baogao/1620582.html
 * (restating the 2006 规范) and the 2026 edition's release (国家疾控局, 2026-01-30, 新华社) [C]
 * https://article.wn.com/view/WNAT3e706249676ae5151b429d2f558fc5ff; hand, foot and mouth disease in
 * class C since 2008-05-02, reported within 24 hours [C]
 * http://big5.www.gov.cn/gate/big5/www.gov.cn//gzdt/2008-05/03/content_960344.htm; the classes of the
 * other diseases [S] https://360docs.net/doc/8e15556514.html (which also lists an older, superseded
 * scheme of 2/6 h in towns and 6/12 h in the countryside — a conflict resolved for the 规范's 2/24 h).
 * The work indicators 传染病疫情报告率 and 传染病疫情报告及时率 are computed in weisheng-reporting.
 *
 * @since 0.1.0
 */
@NullMarked
@WeishengStyle
package io.github.weisheng.infectious;

import io.github.weisheng.internal.WeishengStyle;
import org.jspecify.annotations.NullMarked;
