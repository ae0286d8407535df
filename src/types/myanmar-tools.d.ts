declare module 'myanmar-tools' {
  interface ZawgyiDetector {
    getZawgyiProbability(text: string): number
  }
  interface ZawgyiConverter {
    zawgyiToUnicode(text: string): string
    unicodeToZawgyi(text: string): string
  }
  const myanmarTools: {
    ZawgyiDetector: new () => ZawgyiDetector
    ZawgyiConverter: new () => ZawgyiConverter
  }
  export default myanmarTools
}
