/**
 * What each font role is called, which office fonts users have for it, and which open
 * font from an npm package stands in when none is found.
 */
import type { FontRole } from '../model/types.ts';

export const FONT_ROLES: readonly FontRole[] = ['fangsong', 'heiti', 'kaiti', 'xiaobiaosong', 'songti'];

/** The role's Chinese name, used in messages. */
export const roleNameZh: Record<FontRole, string> = {
  fangsong: '仿宋',
  heiti: '黑体',
  kaiti: '楷体',
  xiaobiaosong: '小标宋',
  songti: '宋体',
};

/**
 * Family names of the office fonts, in order of preference (exact family matches only).
 * The first name is the one messages quote.
 */
export const officeFamilies: Record<FontRole, readonly string[]> = {
  fangsong: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', '华文仿宋', 'STFangsong'],
  heiti: ['黑体', 'SimHei', '华文黑体', 'STHeiti'],
  kaiti: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', '华文楷体', 'STKaiti'],
  xiaobiaosong: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05'],
  songti: ['宋体', 'SimSun', '华文宋体', 'STSong'],
};

/**
 * File names under which the office fonts ship (Windows, macOS, typical downloads), so the
 * folder scan only opens likely candidates; each candidate's family is still checked exactly.
 */
export const officeFileNames: Record<FontRole, readonly string[]> = {
  fangsong: ['fs_gb2312.ttf', '仿宋_gb2312.ttf', 'simfang.ttf', '仿宋.ttf', 'stfangso.ttf', 'fangsong.ttf', 'fangsong_gb2312.ttf'],
  heiti: ['simhei.ttf', '黑体.ttf', 'stheiti.ttf', 'stheiti.ttc', 'stheiti light.ttc', 'stheiti medium.ttc'],
  kaiti: ['kai_gb2312.ttf', '楷体_gb2312.ttf', 'simkai.ttf', '楷体.ttf', 'stkaiti.ttf', 'stkaiti.ttc', 'kaiti.ttc', 'kaiti_gb2312.ttf'],
  xiaobiaosong: ['fzxbsjw.ttf', 'fzxbsk.ttf', '方正小标宋简体.ttf', '方正小标宋_gbk.ttf', 'fzxiaobiaosong-b05s.ttf'],
  songti: ['simsun.ttc', 'simsun.ttf', '宋体.ttf', 'stsong.ttf', 'songti.ttc'],
};

/**
 * Real faces of the role's style that are not the office font but stand in for it better than
 * a package font: FandolFang (TeX Live's Chinese fonts, GPL with font exception) for 仿宋.
 * Found by family through fontconfig or at the file names below, in the font folders and in
 * TeX Live's fandol folder (which fontconfig does not list by default).
 */
export const styleFamilies: Record<FontRole, readonly string[]> = {
  fangsong: ['FandolFang'],
  heiti: [],
  kaiti: [],
  xiaobiaosong: [],
  songti: [],
};
export const styleFileNames: Record<FontRole, readonly string[]> = {
  fangsong: ['fandolfang-regular.otf'],
  heiti: [],
  kaiti: [],
  xiaobiaosong: [],
  songti: [],
};

/** What to install for a role, when neither the office font nor a real face of its style was found. */
export const installHints: Record<FontRole, { zh: string; en: string }> = {
  fangsong: {
    zh: '安装仿宋_GB2312（或 Windows 的仿宋 simfang.ttf、macOS 的华文仿宋 STFangsong），或在 Debian/Ubuntu 上 apt-get install texlive-lang-chinese（含 FandolFang），或在 gongwen.config.json 的 fonts.fangsong 指定字体文件',
    en: 'install FangSong_GB2312 (or Windows FangSong simfang.ttf, macOS STFangsong), or on Debian/Ubuntu apt-get install texlive-lang-chinese (ships FandolFang), or name a font file in gongwen.config.json fonts.fangsong',
  },
  heiti: {
    zh: '安装黑体 SimHei（simhei.ttf）或 macOS 的华文黑体，或在 gongwen.config.json 的 fonts.heiti 指定字体文件',
    en: 'install SimHei (simhei.ttf) or macOS STHeiti, or name a font file in gongwen.config.json fonts.heiti',
  },
  kaiti: {
    zh: '安装楷体_GB2312（或 Windows 的楷体 simkai.ttf、macOS 的华文楷体 STKaiti），或在 gongwen.config.json 的 fonts.kaiti 指定字体文件',
    en: 'install KaiTi_GB2312 (or Windows KaiTi simkai.ttf, macOS STKaiti), or name a font file in gongwen.config.json fonts.kaiti',
  },
  xiaobiaosong: {
    zh: '安装方正小标宋简体（FZXiaoBiaoSong-B05S，需方正授权），或在 gongwen.config.json 的 fonts.xiaobiaosong 指定字体文件',
    en: 'install FZXiaoBiaoSong-B05S (licensed from Founder), or name a font file in gongwen.config.json fonts.xiaobiaosong',
  },
  songti: {
    zh: '安装宋体 SimSun（simsun.ttc）或 macOS 的华文宋体 STSong，或在 gongwen.config.json 的 fonts.songti 指定字体文件',
    en: 'install SimSun (simsun.ttc) or macOS STSong, or name a font file in gongwen.config.json fonts.songti',
  },
};

/** An open font shipped in an npm package. */
export interface PackageFont {
  family: string;
  packageName: string;
  /** Path inside the package. */
  file: string;
  /** SPDX id of the font's licence (the package's own metadata). */
  licence: string;
}

const notoSerifRegular: PackageFont = {
  family: 'Noto Serif SC',
  packageName: '@expo-google-fonts/noto-serif-sc',
  file: '400Regular/NotoSerifSC_400Regular.ttf',
  licence: 'OFL-1.1',
};
/**
 * 小标宋 is a display Song with heavy vertical strokes and still-slim horizontals: Noto
 * Serif SC Bold keeps that contrast; Black (900) fills the counters of dense characters
 * at 22 pt and reads as 大标宋/粗宋 rather than 小标宋.
 */
const notoSerifBold: PackageFont = {
  family: 'Noto Serif SC Bold',
  packageName: '@expo-google-fonts/noto-serif-sc',
  file: '700Bold/NotoSerifSC_700Bold.ttf',
  licence: 'OFL-1.1',
};
/** 黑体 (SimHei) has an even, fairly dark stroke: Noto Sans SC Medium is closer than Regular. */
const notoSansMedium: PackageFont = {
  family: 'Noto Sans SC Medium',
  packageName: '@expo-google-fonts/noto-sans-sc',
  file: '500Medium/NotoSansSC_500Medium.ttf',
  licence: 'OFL-1.1',
};
/**
 * 楷体: LXGW WenKai Regular (usWeightClass 400; fontsource files it as weight 500). Its
 * "latin" WOFF is the whole font (30,142 characters: all of GB 2312, GBK's common set and
 * Ext-B names such as 𠮷), not a unicode-range slice. WOFF 1, decoded to sfnt for harfbuzz.
 */
const lxgwWenKai: PackageFont = {
  family: 'LXGW WenKai',
  packageName: '@fontsource/lxgw-wenkai',
  file: 'files/lxgw-wenkai-latin-500-normal.woff',
  licence: 'OFL-1.1',
};

export const packageFonts: Record<FontRole, PackageFont> = {
  fangsong: notoSerifRegular,
  songti: notoSerifRegular,
  kaiti: lxgwWenKai,
  xiaobiaosong: notoSerifBold,
  heiti: notoSansMedium,
};
