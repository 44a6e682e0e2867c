export * from './domains';
export * from './stack';
