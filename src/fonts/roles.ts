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

/** An open font shipped in an npm package. */
export interface PackageFont {
  family: string;
  packageName: string;
  /** Path inside the package. */
  file: string;
}

const notoSerifRegular: PackageFont = {
  family: 'Noto Serif SC',
  packageName: '@expo-google-fonts/noto-serif-sc',
  file: '400Regular/NotoSerifSC_400Regular.ttf',
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
};
/** 黑体 (SimHei) has an even, fairly dark stroke: Noto Sans SC Medium is closer than Regular. */
const notoSansMedium: PackageFont = {
  family: 'Noto Sans SC Medium',
  packageName: '@expo-google-fonts/noto-sans-sc',
  file: '500Medium/NotoSansSC_500Medium.ttf',
};

export const packageFonts: Record<FontRole, PackageFont> = {
  fangsong: notoSerifRegular,
  songti: notoSerifRegular,
  kaiti: notoSerifRegular,
  xiaobiaosong: notoSerifBold,
  heiti: notoSansMedium,
};
