export * from './domains';
export * from './processes';
export * from './stack';
